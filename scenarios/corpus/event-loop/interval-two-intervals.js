// Two intervals with different periods interleave by due time.
const seen = [];
const fast = setInterval(() => seen.push('fast'), 30);
const slow = setInterval(() => seen.push('slow'), 75);
setTimeout(() => {
  clearInterval(fast);
  clearInterval(slow);
  console.log(seen.join(' '));
}, 135);
