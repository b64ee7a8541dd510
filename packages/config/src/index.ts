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
