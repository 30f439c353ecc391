import pkg from '../../package.json';

/** The app's version, as recorded in a published snapshot. */
export const APP_VERSION: string = pkg.version;
