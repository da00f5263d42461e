function named() {}
const anon = function () {};
const arrow = () => {};
class Base {}
class Derived extends Base {}
async function af() {}
function* gf() {}
async function* agf() {}
console.log(named, anon, arrow);
console.log(Base, Derived, class {});
console.log(af, gf, agf);
named.extra = 'prop';
console.log(named);
console.log({ fn: named, cls: Derived });
console.log(named.bind(null), (() => {}).name === '');
