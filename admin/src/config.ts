// Same origin as the API in production (it serves this bundle); vite proxies it in dev.
export const API_URL: string = import.meta.env.VITE_API_URL ?? '/api';
