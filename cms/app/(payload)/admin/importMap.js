import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CertificationRowLabel as CertificationRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { SupportRowLabel as SupportRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { SubmitForReview as SubmitForReview_32e57b93935017cd08af810b88d09e75 } from '../../../components/SubmitForReview'
import { PublishOrSubmit as PublishOrSubmit_2061fcc121a1ba7769518077d00ce38b } from '../../../components/PublishOrSubmit'
import { DocumentStatus as DocumentStatus_2e11ec79ae1a35d46b5b8ee4547f61fd } from '../../../components/DocumentStatus'
import { StaffOnlyRelationship as StaffOnlyRelationship_4be7a8f8fb3183b1fcfc7a28a11cf3d4 } from '../../../components/StaffOnlyRelationship'
import { PrintLabelField as PrintLabelField_2a6b9fd58589a4cae51ba5be54064eb2 } from '../../../labels/components/PrintLabelField'
import { ImportLink as ImportLink_4888a8c4bb17a5d85cf045650f4812f9 } from '../../../imports/components/ImportLink'
import { PrintLabels as PrintLabels_d453f645d46ba197c0e2603c488155e4 } from '../../../labels/components/PrintLabels'
import { ExhibitorRowLabel as ExhibitorRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { EnquiryContactLinks as EnquiryContactLinks_118a039359d280035708859918dde7c4 } from '../../../components/EnquiryContactLinks'
import { EnquirySentReply as EnquirySentReply_3644077c2983c9dd069ac1d74b8965c0 } from '../../../components/EnquirySentReply'
import { EnquiryStats as EnquiryStats_6b99697b627848d5137c985b48a295ac } from '../../../components/EnquiryStats'
import { ApplicationSubmittedNote as ApplicationSubmittedNote_1c7a34e69040c47346e6f39da1996ef6 } from '../../../components/ApplicationSubmittedNote'
import { AnswerRowLabel as AnswerRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { ApplicationDocumentRowLabel as ApplicationDocumentRowLabel_d0cb7904af756538d0e69f8212ab11a8 } from '../../../components/RowLabels'
import { ReviewDiff as ReviewDiff_dbd93cf171f83e9dc54a302e4d158dd2 } from '../../../components/ReviewDiff'
import { ReviewPerson as ReviewPerson_85e9986f5a0debb49aab955298023000 } from '../../../components/ReviewPerson'
import { BrandIcon as BrandIcon_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { BrandLogo as BrandLogo_42af45a2e169122dea8a98337d41efda } from '../../../components/Brand'
import { ProducerHome as ProducerHome_09aa1b3ad668b332cf7e13d47d4f5973 } from '../../../components/ProducerHome'
import { CentreDashboard as CentreDashboard_da3094061b62a9aa8726b8a6dd36c928 } from '../../../components/CentreDashboard'
import { EnquiryNewCount as EnquiryNewCount_eb90151d41d8df5bb9022953f6e99c66 } from '../../../components/EnquiryNewCount'
import { ReviewWaitingCount as ReviewWaitingCount_af4796b492950d5666d89b4d6087e3fe } from '../../../components/ReviewWaitingCount'
import { ExhibitorRequestWaitingCount as ExhibitorRequestWaitingCount_567e114b1e2fee6e5ac8645850d09da6 } from '../../../components/ExhibitorRequestWaitingCount'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ImportAwardsView as ImportAwardsView_56d180b027c2314047acafba3ccce2f1 } from '../../../imports/components/ImportView'
import { ImportProductsView as ImportProductsView_56d180b027c2314047acafba3ccce2f1 } from '../../../imports/components/ImportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/RowLabels#CertificationRowLabel": CertificationRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/RowLabels#SupportRowLabel": SupportRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/SubmitForReview#SubmitForReview": SubmitForReview_32e57b93935017cd08af810b88d09e75,
  "/components/PublishOrSubmit#PublishOrSubmit": PublishOrSubmit_2061fcc121a1ba7769518077d00ce38b,
  "/components/DocumentStatus#DocumentStatus": DocumentStatus_2e11ec79ae1a35d46b5b8ee4547f61fd,
  "/components/StaffOnlyRelationship#StaffOnlyRelationship": StaffOnlyRelationship_4be7a8f8fb3183b1fcfc7a28a11cf3d4,
  "/labels/components/PrintLabelField#PrintLabelField": PrintLabelField_2a6b9fd58589a4cae51ba5be54064eb2,
  "/imports/components/ImportLink#ImportLink": ImportLink_4888a8c4bb17a5d85cf045650f4812f9,
  "/labels/components/PrintLabels#PrintLabels": PrintLabels_d453f645d46ba197c0e2603c488155e4,
  "/components/RowLabels#ExhibitorRowLabel": ExhibitorRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/EnquiryContactLinks#EnquiryContactLinks": EnquiryContactLinks_118a039359d280035708859918dde7c4,
  "/components/EnquirySentReply#EnquirySentReply": EnquirySentReply_3644077c2983c9dd069ac1d74b8965c0,
  "/components/EnquiryStats#EnquiryStats": EnquiryStats_6b99697b627848d5137c985b48a295ac,
  "/components/ApplicationSubmittedNote#ApplicationSubmittedNote": ApplicationSubmittedNote_1c7a34e69040c47346e6f39da1996ef6,
  "/components/RowLabels#AnswerRowLabel": AnswerRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/RowLabels#ApplicationDocumentRowLabel": ApplicationDocumentRowLabel_d0cb7904af756538d0e69f8212ab11a8,
  "/components/ReviewDiff#ReviewDiff": ReviewDiff_dbd93cf171f83e9dc54a302e4d158dd2,
  "/components/ReviewPerson#ReviewPerson": ReviewPerson_85e9986f5a0debb49aab955298023000,
  "/components/Brand#BrandIcon": BrandIcon_42af45a2e169122dea8a98337d41efda,
  "/components/Brand#BrandLogo": BrandLogo_42af45a2e169122dea8a98337d41efda,
  "/components/ProducerHome#ProducerHome": ProducerHome_09aa1b3ad668b332cf7e13d47d4f5973,
  "/components/CentreDashboard#CentreDashboard": CentreDashboard_da3094061b62a9aa8726b8a6dd36c928,
  "/components/EnquiryNewCount#EnquiryNewCount": EnquiryNewCount_eb90151d41d8df5bb9022953f6e99c66,
  "/components/ReviewWaitingCount#ReviewWaitingCount": ReviewWaitingCount_af4796b492950d5666d89b4d6087e3fe,
  "/components/ExhibitorRequestWaitingCount#ExhibitorRequestWaitingCount": ExhibitorRequestWaitingCount_567e114b1e2fee6e5ac8645850d09da6,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/imports/components/ImportView#ImportAwardsView": ImportAwardsView_56d180b027c2314047acafba3ccce2f1,
  "/imports/components/ImportView#ImportProductsView": ImportProductsView_56d180b027c2314047acafba3ccce2f1,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
