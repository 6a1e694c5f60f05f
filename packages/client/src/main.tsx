import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApolloClient } from './app/apollo';
import { Root } from './app/Root';
import { RouterProvider } from './app/router';
import { i18n } from './i18n';
import './ui/styles.css';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <RouterProvider>
          <Root />
        </RouterProvider>
      </ApolloProvider>
    </I18nextProvider>
  </StrictMode>,
);
