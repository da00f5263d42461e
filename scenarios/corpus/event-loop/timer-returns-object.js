// setTimeout returns a Timeout object with ref/unref/hasRef/refresh and a numeric primitive value.
const t = setTimeout(() => {}, 1);
console.log(typeof t, t.constructor.name);
console.log(['ref', 'unref', 'hasRef', 'refresh'].map((m) => typeof t[m]).join(' '));
console.log('primitive is a number:', typeof +t === 'number', Number.isInteger(+t));
const i = setImmediate(() => {});
console.log(typeof i, i.constructor.name, typeof i.hasRef);
