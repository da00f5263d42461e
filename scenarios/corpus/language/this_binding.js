'use strict';
const obj = {
  name: 'obj',
  regular() { return this && this.name; },
  arrow: () => typeof this,
  nested() {
    const inner = () => this.name;
    return inner();
  },
};
console.log(obj.regular(), obj.arrow(), obj.nested());
const detached = obj.regular;
console.log(detached());
const bound = obj.regular.bind({ name: 'bound' });
console.log(bound(), obj.regular.call({ name: 'called' }), obj.regular.apply({ name: 'applied' }, []));
