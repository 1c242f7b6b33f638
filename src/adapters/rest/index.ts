export { RestAdapter, type RestAdapterOptions, type FetchFunction } from './rest-adapter.js';
