// setInterval passes the same extra arguments on every run.
let n = 0;
const iv = setInterval((prefix, list) => {
  list.push(++n);
  console.log(prefix, list);
  if (n === 3) clearInterval(iv);
}, 5, 'run', []);
