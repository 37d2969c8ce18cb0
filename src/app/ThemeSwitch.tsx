import { useState } from 'react';
import { applyTheme, loadTheme, saveTheme, type ThemeChoice } from './theme';

export function ThemeSwitch() {
  const [choice, setChoice] = useState<ThemeChoice>(loadTheme);
  return (
    <label className="theme-switch">
      <span>Theme</span>
      <select
        value={choice}
        onChange={(event) => {
          const next = event.currentTarget.value as ThemeChoice;
          setChoice(next);
          applyTheme(next);
          saveTheme(next);
        }}
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
