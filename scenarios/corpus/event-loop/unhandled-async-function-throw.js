// An async function that throws returns a rejected promise; left alone it is reported as unhandled.
process.on('unhandledRejection', (reason) => console.log('unhandled:', reason.message));
async function fails() {
  await null;
  throw new Error('async failure');
}
fails();
fails().catch((e) => console.log('caught:', e.message));
console.log('sync end');
