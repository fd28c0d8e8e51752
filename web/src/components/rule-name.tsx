import { Tooltip } from 'antd';
import { ruleName } from '../lib/rule-label';
import { useLanguage } from '../lib/use-language';

/**
 * A rule by its name with its code in a tooltip: <RuleName code="R-EDU-FIELD" /> reads
 * "Bidang pendidikan sesuai kualifikasi jabatan". An unknown code shows as code.
 */
export function RuleName({ code }: { code: string }) {
  const lng = useLanguage();
  const name = ruleName(code, lng);
  if (name === code) return <code>{code}</code>;
  return (
    <Tooltip title={code}>
      <span className="rule-name" data-rule-code={code}>
        {name}
      </span>
    </Tooltip>
  );
}
