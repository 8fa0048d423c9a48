import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './app/App';
import { installCategoryColors } from './app/categoryColors';
import { startUpdateChecks } from './state/appUpdate';

installCategoryColors();
startUpdateChecks();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
