// The `node` export condition of "@copydesk/core": the same API, with every language's entity model loaded up
// front, so that Node users and the CLI get entities in every language without calling loadLanguage. Browsers
// resolve the plain entry (index.ts), which carries English only and loads the others on demand.

import { registerNerLanguage } from './nlp/ner/languages';
import * as deClusters from './nlp/ner/model/de/clusters.gen';
import * as deWeights from './nlp/ner/model/de/weights.gen';
import * as esClusters from './nlp/ner/model/es/clusters.gen';
import * as esWeights from './nlp/ner/model/es/weights.gen';
import * as frClusters from './nlp/ner/model/fr/clusters.gen';
import * as frWeights from './nlp/ner/model/fr/weights.gen';
import * as itClusters from './nlp/ner/model/it/clusters.gen';
import * as itWeights from './nlp/ner/model/it/weights.gen';
import * as nlClusters from './nlp/ner/model/nl/clusters.gen';
import * as nlWeights from './nlp/ner/model/nl/weights.gen';
import * as ptClusters from './nlp/ner/model/pt/clusters.gen';
import * as ptWeights from './nlp/ner/model/pt/weights.gen';

// Registering only keeps references: each model is decoded the first time an article in its language is tagged.
registerNerLanguage('de', deClusters, deWeights);
registerNerLanguage('es', esClusters, esWeights);
registerNerLanguage('fr', frClusters, frWeights);
registerNerLanguage('it', itClusters, itWeights);
registerNerLanguage('nl', nlClusters, nlWeights);
registerNerLanguage('pt', ptClusters, ptWeights);

export * from './index';
