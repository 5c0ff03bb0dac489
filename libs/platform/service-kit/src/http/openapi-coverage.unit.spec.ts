import { Controller, Get, Module, Post } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import { LoggerModule } from 'nestjs-pino';
import { createServiceApp, initDocumentedApp } from '../bootstrap';

@Controller('things')
class DocumentedController {
  @Get(':thingId') read(): string {
    return 'a thing';
  }
}

@Controller('hidden')
class HiddenController {
  @Post(':thingId/secret') @ApiExcludeEndpoint() secret(): string {
    return 'not in the document';
  }
}

@Module({ imports: [LoggerModule.forRoot({ pinoHttp: { level: 'silent' } })], controllers: [DocumentedController] })
class DocumentedModule {}

@Module({ imports: [LoggerModule.forRoot({ pinoHttp: { level: 'silent' } })], controllers: [DocumentedController, HiddenController] })
class HiddenRouteModule {}

const options = { serviceName: 'probe', title: 'probe', description: 'probe', port: 0 };

describe('every route is in the OpenAPI document (the generated security tests probe what it lists)', () => {
  it('starts a service whose routes are all documented', async () => {
    const app = await createServiceApp(DocumentedModule, options);
    await expect(initDocumentedApp(app)).resolves.toBeUndefined();
    await app.close();
  });

  it('refuses to start a service with a route excluded from OpenAPI, naming the route', async () => {
    const app = await createServiceApp(HiddenRouteModule, options);
    await expect(initDocumentedApp(app)).rejects.toThrow('missing: POST /hidden/{thingId}/secret');
    await app.close();
  });
});
