async function add(a, b) {
  return a + b;
}
async function main() {
  console.log('start');
  const x = await add(1, 2);
  console.log('x =', x);
  const y = await 10;
  console.log('y =', y);
  try {
    await Promise.reject(new Error('nope'));
  } catch (e) {
    console.log('caught', e.message);
  }
  return 'done';
}
main().then((r) => console.log(r));
console.log('after main()');
