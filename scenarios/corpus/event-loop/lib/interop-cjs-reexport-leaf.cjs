exports.leaf = 'leaf';
exports.alsoLeaf = 'also leaf';
