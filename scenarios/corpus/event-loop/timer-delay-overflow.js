// A delay of 2^31 (above the 2^31-1 maximum) becomes 1 ms (Node also warns on stderr).
setTimeout(() => console.log('delay 20'), 20);
setTimeout(() => console.log('delay 2^31'), 2 ** 31);
setTimeout(() => console.log('delay Infinity'), Infinity);
setTimeout(() => console.log('delay 1'), 1);
