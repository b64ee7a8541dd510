export {
  loadConfig,
  redactUrl,
  ConfigError,
  DEFAULT_PORT,
  DEFAULT_HOST,
  DEFAULT_SHUTDOWN_TIMEOUT_MS,
  SQLITE_FILE,
  type Config,
  type DatabaseConfig,
} from './config.js';
export {
  DEFAULT_POOL,
  DEFAULT_TRUST_PROXY,
  DEFAULT_KEEP_ALIVE_TIMEOUT_MS,
  type PoolSettings,
  type ScaleSettings,
  type TrustProxy,
} from './scale-settings.js';
export { DEFAULT_JOB_EXPIRE_SECONDS } from './scale-settings.js';
