async function failing() {
  await null;
  throw new TypeError('async type error');
}
async function main() {
  try {
    await failing();
  } catch (e) {
    console.log('caught:', e.name, e.message);
  } finally {
    console.log('finally');
  }
  const p = failing();
  p.catch((e) => console.log('caught via catch:', e.message));
  await p.catch(() => {});
  console.log('main done');
}
main();
