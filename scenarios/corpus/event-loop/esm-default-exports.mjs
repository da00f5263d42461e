// Anonymous default exports are named "default"; an expression's value is exported once computed.
import fn from './lib/esm-defaults.mjs';
import Klass from './lib/esm-default-class.mjs';
import value from './lib/esm-default-value.mjs';
console.log(fn.name, fn(), Klass.name, new Klass().hello(), value);
