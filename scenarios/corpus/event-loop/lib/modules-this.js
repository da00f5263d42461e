console.log('this is module.exports:', this === module.exports, 'args:', arguments.length);
console.log('module.id is the filename:', module.id === __filename, 'loaded yet:', module.loaded);
console.log('parent is the main module:', module.parent === require.main);
