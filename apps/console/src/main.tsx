import '@mantine/core/styles.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiProvider } from './api/context';
import { AREAS } from './areas';
import { SessionProvider, SIGNIN_CALLBACK, type ConsoleConfig } from './auth/auth';
import { applyDocumentLanguage, LocaleProvider } from './i18n/locale';
import { Home } from './shell/home';
import { Shell } from './shell/shell';
import { AreaGuard } from './kit/guard';
import { Loading } from './kit/states';
import { cssVariablesResolver, theme } from './theme';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, staleTime: 10_000 } } });

async function start(): Promise<void> {
  // The page's direction from the stored language before anything else: English is never laid out right to left
  // while the configuration loads (index.html is Arabic, right to left, for a first visit).
  applyDocumentLanguage();
  const config = (await (await fetch('/console-config.json')).json()) as ConsoleConfig;
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
        <LocaleProvider>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <SessionProvider config={config}>
                <ApiProvider>
                  <Shell>
                    <Routes>
                      <Route path="/" element={<Home />} />
                      <Route path={SIGNIN_CALLBACK} element={<Loading />} />
                      {AREAS.flatMap((area) =>
                        area.routes.map((route) => (
                          <Route key={`${area.id}${route.path}`} path={route.path} element={<AreaGuard area={area}>{route.element}</AreaGuard>} />
                        )),
                      )}
                    </Routes>
                  </Shell>
                </ApiProvider>
              </SessionProvider>
            </BrowserRouter>
          </QueryClientProvider>
        </LocaleProvider>
      </MantineProvider>
    </StrictMode>,
  );
}

void start();
