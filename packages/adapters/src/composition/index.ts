export { Ports, provide, type AdapterModule, type Provision, type Provisions } from './provisions.js';
