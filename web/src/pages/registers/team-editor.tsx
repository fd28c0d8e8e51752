import { DeleteOutlined } from '@ant-design/icons';
import { Button, Radio, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { INNOVATION_ROLES } from '../../../../src/core/appraisal/records';
import { formatNip } from '../../lib/format';
import { PersonPicker } from './person-picker';

export interface TeamMember {
  readonly nip: string;
  readonly name: string;
  readonly role: (typeof INNOVATION_ROLES)[number];
}

/**
 * An innovation's team: add people found by name or NIP (the first one leads until another is made
 * lead), set each one's role, remove them. The server checks the team (one lead, each person once).
 */
export function TeamEditor({
  team,
  onChange,
}: {
  team: readonly TeamMember[];
  onChange: (team: TeamMember[]) => void;
}) {
  const { t } = useTranslation();
  const add = (nip: string, name: string) => {
    if (team.some((m) => m.nip === nip)) return;
    onChange([...team, { nip, name, role: team.length === 0 ? 'LEAD' : 'MEMBER' }]);
  };
  return (
    <div data-testid="innovation-team">
      {team.length === 0 ? (
        <Typography.Paragraph type="secondary">
          {t('registers.innovation.field.teamEmpty')}
        </Typography.Paragraph>
      ) : (
        <Table<TeamMember>
          className="register-team-table"
          size="small"
          pagination={false}
          rowKey="nip"
          dataSource={[...team]}
          columns={[
            {
              key: 'person',
              title: t('registers.person.label'),
              render: (_, m) => (
                <>
                  {m.name}
                  <br />
                  <Typography.Text type="secondary">{formatNip(m.nip)}</Typography.Text>
                </>
              ),
            },
            {
              key: 'role',
              title: t('registers.innovation.field.role'),
              render: (_, m) => (
                <Radio.Group
                  aria-label={t('registers.innovation.field.role')}
                  value={m.role}
                  onChange={(e) =>
                    onChange(team.map((x) => (x.nip === m.nip ? { ...x, role: e.target.value } : x)))
                  }
                  options={INNOVATION_ROLES.map((r) => ({
                    value: r,
                    label: t(`registers.innovationRole.${r}`),
                  }))}
                />
              ),
            },
            {
              key: 'remove',
              title: <span className="visually-hidden">{t('registers.innovation.field.remove')}</span>,
              render: (_, m) => (
                <Button
                  type="text"
                  icon={<DeleteOutlined aria-hidden />}
                  aria-label={`${t('registers.innovation.field.remove')} ${m.name}`}
                  onClick={() => onChange(team.filter((x) => x.nip !== m.nip))}
                />
              ),
            },
          ]}
        />
      )}
      <TeamAdder onAdd={add} />
    </div>
  );
}

function TeamAdder({ onAdd }: { onAdd: (nip: string, name: string) => void }) {
  const { t } = useTranslation();
  return (
    <PersonPicker
      aria-label={t('registers.innovation.field.addMember')}
      data-testid="innovation-member-picker"
      value={undefined}
      onPick={([person]) => person && onAdd(person.nip, person.name)}
    />
  );
}
