async function a1() {
  console.log('a1 start');
  await a2();
  console.log('a1 end');
}
async function a2() {
  console.log('a2');
}
console.log('script start');
a1();
new Promise((resolve) => {
  console.log('promise executor');
  resolve();
}).then(() => console.log('then 1')).then(() => console.log('then 2'));
console.log('script end');
