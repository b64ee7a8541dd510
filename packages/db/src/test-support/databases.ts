import { testDatabases } from '../testing/test-databases.js';

/** The engines this test file runs on (see testDatabases). */
export const databases = await testDatabases();
