// ref() undoes unref(): the timer keeps the process alive again; both return the timer.
const t = setTimeout(() => console.log('fires after ref()'), 20);
console.log('unref returns timer:', t.unref() === t, 'hasRef:', t.hasRef());
console.log('ref returns timer:', t.ref() === t, 'hasRef:', t.hasRef());
const u = setTimeout(() => console.log('never'), 200);
u.unref();
u.unref();
console.log('double unref hasRef:', u.hasRef());
