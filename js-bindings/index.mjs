// tailor-core for Node.js as an ES module: the same single instance as index.cjs.
import cjs from './index.cjs';

export const load = cjs.load;
export const TailorError = cjs.TailorError;
export default { load, TailorError };
