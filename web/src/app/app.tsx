import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
// The ES builds of antd/locale/* (the plain paths are CommonJS and drag antd/lib into the bundle).
import enGB from 'antd/es/locale/en_GB';
import idID from 'antd/es/locale/id_ID';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { createQueryClient } from '../api/query-client';
import { useLanguage } from '../lib/use-language';
import { router } from './router';
import { theme } from './theme';

/** Providers around the router: server state, Ant Design in the user's language, the theme, toasts. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  const lng = useLanguage();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider locale={lng === 'en' ? enGB : idID} theme={theme}>
        {/* AntApp gives pages App.useApp() for toasts and confirmations in the current theme. */}
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ConfigProvider>
    </QueryClientProvider>
  );
}
