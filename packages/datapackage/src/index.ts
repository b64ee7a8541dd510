export { parseCsv, formatCsv } from './csv.js';
export { dataPackageDescriptor, DESCRIPTOR_FILE, PACKAGE_NAME } from './descriptor.js';
export { serializeDataset } from './serialize.js';
export { readDataPackage, type ReadResult } from './read.js';
export { loadDataPackage } from './load.js';
export { writeDataPackage } from './write.js';
