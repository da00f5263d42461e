// hasRef stays true after a timer fires; clearTimeout does not change it either.
const t = setTimeout(() => console.log('fired, hasRef:', t.hasRef()), 5);
const u = setTimeout(() => {}, 1000);
clearTimeout(u);
console.log('cleared hasRef:', u.hasRef());
setTimeout(() => console.log('later, hasRef of t:', t.hasRef()), 10);
