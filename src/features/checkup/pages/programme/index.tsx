import { Text, View } from '@tarojs/components'
import { Button } from '@/components/button'
import { ListState } from '@/components/list-state'
import { PageShell } from '@/components/page-shell'
import { openPage } from '@/navigation'
import { ROUTES } from '@/routes'
import { BulletList } from '../../components/bullet-list'
import { useProgramme } from '../../model/use-programme'
import { PROGRAMME_TEXTS as T } from '../../texts'
import '../../checkup.scss'

export default function ProgrammePage() {
  const programme = useProgramme()
  const data = programme.data

  return (
    <PageShell>
      <ListState {...programme.listState}>
        {data && (
          <View>
            <Text className="page-title">{data.name}</Text>
            <Text className="text-secondary block">{data.tagline}</Text>
            <View className="row-gap" />
            <Section title={T.eligibility}>
              <BulletList items={data.eligibility} />
            </Section>
            <Section title={T.items}>
              {data.itemGroups.map((group) => (
                <View key={group.title} ariaLabel={group.title}>
                  <Text className="heading">{group.title}</Text>
                  {group.items.map((item) => (
                    <View key={item.name} className="checkup__item">
                      <Text className="checkup__item-name">{item.name}</Text>
                      <Text className="text-secondary">{item.purpose}</Text>
                    </View>
                  ))}
                </View>
              ))}
            </Section>
            <Section title={T.preparation}>
              <BulletList items={data.preparation} />
            </Section>
            <Section title={T.documents}>
              <BulletList items={data.documents} />
            </Section>
            <Section title={T.cost}>
              <Text className="block">{data.cost}</Text>
            </Section>
            <Section title={T.validity}>
              <Text className="block">{data.validity}</Text>
            </Section>
            <Section title={T.nextSteps}>
              <BulletList items={data.nextSteps} />
            </Section>
            <Text className="text-secondary block">{`${T.basis}：${data.basis}`}</Text>
            <View className="row-gap" />
            <Button className="btn btn--primary btn--block" onClick={() => openPage(ROUTES.checkupInstitutions, { programme: data.id })}>
              {T.findInstitutions}
            </Button>
          </View>
        )}
      </ListState>
    </PageShell>
  )
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <View className="card" ariaLabel={title}>
      <Text className="heading">{title}</Text>
      {children}
    </View>
  )
}
