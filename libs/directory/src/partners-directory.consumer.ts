import { eventConsumer } from '@samvirke/messaging';
import { DIRECTORY_HANDLERS } from './directory.projection.js';

/**
 * A service's own copy of who takes part where, kept from partners' events: organisations (their
 * type, whether archived), programmes (backbone, goals) and memberships with their roles.
 */
export const PartnersDirectoryConsumer = eventConsumer('PartnersDirectoryConsumer', DIRECTORY_HANDLERS);
