// @ts-check
import { config } from '@sco/eslint-config';

export default config(import.meta.dirname);
