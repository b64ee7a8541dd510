export {
  loadConfig,
  redactUrl,
  ConfigError,
  DEFAULT_PORT,
  SQLITE_FILE,
  type Config,
  type DatabaseConfig,
} from './config.js';
