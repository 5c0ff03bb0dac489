import 'reflect-metadata';
import { controllersDocument, EventWriter, looselyDocumentedResponses } from '@athar/service-kit';
import { controllerDependenciesOtherThanBuses, providersTaking, unreadableResponseSchemas } from '@athar/service-kit/testing';
import { ComplaintReader } from './complaint-stream';

process.env.ATHAR_JWT_PUBLIC_KEY ??= 'unused-by-this-test';
const { FeedbackModule } = require('../feedback.module') as typeof import('../feedback.module');
const { complaints } = require('./complaints.registration') as typeof import('./complaints.registration');

/** Complaints' reads go through the QueryBus or a projection; responses are documented by their DTOs (docs/adr/0031). */
describe('feedback complaints: reads and their documents', () => {
  it('every controller only parses HTTP and asks a bus', () => {
    expect(controllerDependenciesOtherThanBuses(complaints.controllers)).toEqual([]);
  });

  it('only the stream readers (a complaint, a survey link) and the content rating command take the event writer', () => {
    // GetPublicSurveyHandler reads a survey's stream to tell a link's state; RateContentHandler appends ContentRated.
    expect(providersTaking(FeedbackModule, EventWriter).sort()).toEqual([ComplaintReader.name, 'GetPublicSurveyHandler', 'RateContentHandler'].sort());
  });

  it('documents every response body field by field, readable by a JSON Schema validator', async () => {
    const document = await controllersDocument(complaints.controllers);
    expect(looselyDocumentedResponses(document)).toEqual([]);
    expect(unreadableResponseSchemas(document)).toEqual([]);
  });
});
