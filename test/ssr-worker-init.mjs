// Runs first in the Lit SSR worker of the browser tests: lets it import our .ts sources.
import { register } from 'tsx/esm/api';
register();
