const o = { u: { t: 1 } };
console.log(delete o?.u?.t, o.u);
