console.log(typeof Symbol.prototype[Symbol.toPrimitive], typeof Date.prototype[Symbol.toPrimitive]);
