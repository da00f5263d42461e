// process.argv holds the node binary and the script; process.env is a plain object of strings.
console.log('argv length', process.argv.length);
console.log('argv[1] ends with the script:', process.argv[1].endsWith('process-argv-env.js'));
console.log('env is an object:', typeof process.env === 'object' && process.env !== null);
process.env.LOOPSIM_CORPUS_VALUE = 12;
console.log('env values become strings:', typeof process.env.LOOPSIM_CORPUS_VALUE, process.env.LOOPSIM_CORPUS_VALUE);
console.log('unset variable:', process.env.LOOPSIM_CORPUS_UNSET);
