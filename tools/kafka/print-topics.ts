/** Prints the declared Kafka topics (libs/contracts kafka-topology.ts) as a Markdown table. */
import { topicsTable } from './topics-table.js';

console.log(topicsTable());
