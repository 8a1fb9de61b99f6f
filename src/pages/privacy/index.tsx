// 隐私政策: what is collected, why, how long it is kept, who sees what, the resident's rights (with the way to
// 我的数据) and whom to contact. Reached from the first page and the survey's first screen.
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { BigButton } from '../../common/components/BigButton';
import { Screen } from '../../common/components/Screen';
import { myDataUrl } from '../../routes';
import { PRIVACY_TEXT, privacyContact } from '../../text/privacy';
import './index.scss';

export default function PrivacyPage() {
  const office = privacyContact(process.env.TARO_APP_PRIVACY_CONTACT);
  return (
    <Screen className='privacy-page'>
      <Text className='title'>{PRIVACY_TEXT.title}</Text>
      <Text className='paragraph'>{PRIVACY_TEXT.lead}</Text>
      {PRIVACY_TEXT.sections.map((section) => (
        <View key={section.id} className='card policy-section' id={`policy-${section.id}`}>
          <Text className='policy-section__title'>{section.title}</Text>
          {section.lines.map((line) => (
            <Text key={line} className='policy-section__line'>
              {line}
            </Text>
          ))}
          {section.id === 'rights' ? (
            <BigButton variant='secondary' onClick={() => Taro.navigateTo({ url: myDataUrl() })}>
              {PRIVACY_TEXT.myData}
            </BigButton>
          ) : null}
        </View>
      ))}
      <View className='card policy-section' id='policy-contact'>
        <Text className='policy-section__title'>{PRIVACY_TEXT.contactTitle}</Text>
        {PRIVACY_TEXT.contactLines(office).map((line) => (
          <Text key={line} className='policy-section__line'>
            {line}
          </Text>
        ))}
      </View>
    </Screen>
  );
}
