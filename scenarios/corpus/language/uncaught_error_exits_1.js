console.log('about to fail');
function explode() {
  throw new Error('kaboom');
}
explode();
console.log('never printed');
