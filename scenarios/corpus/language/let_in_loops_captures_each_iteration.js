const fns = [];
for (let i = 0; i < 3; i++) fns[i] = () => i;
var vfns = [];
for (var j = 0; j < 3; j++) vfns[j] = () => j;
console.log(fns[0](), fns[1](), fns[2]());
console.log(vfns[0](), vfns[1](), vfns[2]());
