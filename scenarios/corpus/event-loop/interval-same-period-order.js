// Two intervals with the same period share a list and keep their creation order in every round.
const seen = [];
let b = 0;
const first = setInterval(() => seen.push('A'), 20);
const second = setInterval(() => {
  seen.push('B');
  if (++b === 3) {
    clearInterval(first);
    clearInterval(second);
    console.log(seen.join(' '));
  }
}, 20);
