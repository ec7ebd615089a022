import { App } from '../lib';
import { addExamples } from './app';

/** The examples app, run by `cdk8s synth` (see cdk8s.yaml). */
const app = new App();
addExamples(app);
app.synth();
