// Awaiting a rejected promise only after a timer is too late: it was already reported.
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r.message));
process.on('rejectionHandled', () => console.log('rejectionHandled'));
async function main() {
  const p = Promise.reject(new Error('early'));
  await new Promise((r) => setTimeout(r, 5));
  try {
    await p;
  } catch (e) {
    console.log('caught after await:', e.message);
  }
}
main();
