// An uncaught RangeError from BigInt division by zero ends the script with exit code 1.
function average(total, count) {
  return total / count;
}
console.log('average of 10n over 4n:', average(10n, 4n));
console.log('average of 0n over 0n:');
console.log(average(0n, 0n));
console.log('never printed');
