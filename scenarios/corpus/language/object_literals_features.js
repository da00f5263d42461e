const key = 'dyn';
const value = 7;
const o = {
  value,
  [key + 'amic']: true,
  'quoted-key': 1,
  42: 'answer',
  method() { return 'm'; },
  async am() {},
  *gen() {},
};
console.log(o);
console.log(o.method(), o.dynamic, o['quoted-key'], o[42]);
